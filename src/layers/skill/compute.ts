/**
 * Runs a `compute` step's Python code with the skill's context as variables
 * (inputs, session, earlier steps; dicts allow attribute access, as in the seed's
 * `check_source.is_cron`), and prints the JSON-serialisable variables it assigned.
 */
export const COMPUTE_WRAPPER = `
import json, sys

class Namespace(dict):
    def __getattr__(self, key):
        try:
            return self[key]
        except KeyError:
            raise AttributeError(key)

def wrap(value):
    if isinstance(value, dict):
        return Namespace({k: wrap(v) for k, v in value.items()})
    if isinstance(value, list):
        return [wrap(v) for v in value]
    return value

payload = json.load(sys.stdin)
scope = {k: wrap(v) for k, v in payload["context"].items()}
given = set(scope)
exec(compile(payload["code"], "<compute " + payload["step"] + ">", "exec"), scope)
result = {}
for key, value in scope.items():
    if key in given or key.startswith("__"):
        continue
    try:
        json.dumps(value)
        result[key] = value
    except (TypeError, ValueError):
        pass
sys.stdout.write("\\n__BOT_CRON_COMPUTE__" + json.dumps(result))
`

export const COMPUTE_MARKER = "__BOT_CRON_COMPUTE__"
