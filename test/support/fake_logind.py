#!/usr/bin/python3
"""A fake logind on a private bus: Inhibit hands out the write end of a pipe and
reports when every copy of it is closed (the lock released); a test interface
makes it emit PrepareForSleep. Reports on stdout, one line per event."""
import os

import dbus
import dbus.mainloop.glib
import dbus.service
from gi.repository import GLib

dbus.mainloop.glib.DBusGMainLoop(set_as_default=True)
bus = dbus.bus.BusConnection(os.environ["DBUS_SYSTEM_BUS_ADDRESS"])
name = dbus.service.BusName("org.freedesktop.login1", bus)


class Manager(dbus.service.Object):
    @dbus.service.method("org.freedesktop.login1.Manager", in_signature="ssss", out_signature="h")
    def Inhibit(self, what, who, why, mode):
        if os.environ.get("FAKE_LOGIND_REFUSE"):
            print(f"REFUSED {who}", flush=True)
            raise dbus.exceptions.DBusException("Access denied", name="org.freedesktop.DBus.Error.AccessDenied")
        read_end, write_end = os.pipe()
        print(f"INHIBIT {what} {who} {mode}", flush=True)

        def released(fd, _condition):
            print(f"RELEASED {who}", flush=True)
            os.close(fd)
            return False

        GLib.io_add_watch(read_end, GLib.IO_HUP | GLib.IO_ERR, released)
        handed_out = dbus.types.UnixFd(write_end)  # a duplicate goes to the caller
        os.close(write_end)
        return handed_out

    @dbus.service.signal("org.freedesktop.login1.Manager", signature="b")
    def PrepareForSleep(self, start):
        pass

    @dbus.service.method("org.freedesktop.login1.Test", in_signature="b")
    def Sleep(self, start):
        print(f"PREPARE_FOR_SLEEP {bool(start)}", flush=True)
        self.PrepareForSleep(start)


Manager(bus, "/org/freedesktop/login1")
print("READY", flush=True)
GLib.MainLoop().run()
