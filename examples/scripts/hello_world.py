"""A bot-cron python_script job: reads its inputs as JSON on stdin, prints a greeting."""
import json
import os
import sys

inputs = json.load(sys.stdin) if not sys.stdin.isatty() else {}
greeting = inputs.get("greeting", "Hello")
print(f"{greeting}: session {os.environ.get('BOT_CRON_SESSION_ID', '?')} "
      f"({os.environ.get('BOT_CRON_SOURCE', '?')}) scheduled at {os.environ.get('BOT_CRON_SCHEDULED_AT', '?')}")
