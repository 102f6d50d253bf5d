import asyncio
import os
import signal
import time

from fastapi import FastAPI
from gunicorn import arbiter, glogging
from gunicorn.app.base import BaseApplication

app = FastAPI()


@app.post("/work")
async def work(seconds: float):
    print(f"work: {seconds} s")
    await asyncio.sleep(seconds)  # stands in for the real work
    return {"done": True}


class Logger(glogging.Logger):
    error_fmt = "[%(levelname)s] %(message)s"  # no time or pid in the lines


class Arbiter(arbiter.Arbiter):
    def kill_workers(self, sig):
        """gunicorn reaps its workers once more right after SIGKILL, without waiting:
        wait for them to die first (bounded), so that the kill is logged every time."""
        super().kill_workers(sig)
        if sig != signal.SIGKILL:
            return
        deadline = time.monotonic() + 1
        for pid in list(self.WORKERS):
            while not has_exited(pid) and time.monotonic() < deadline:
                time.sleep(0.01)


def has_exited(pid):
    exited = os.WEXITED | os.WNOHANG | os.WNOWAIT  # look; gunicorn reaps, logs
    try:
        return os.waitid(os.P_PID, pid, exited) is not None
    except ChildProcessError:  # already reaped
        return True


class Gunicorn(BaseApplication):
    """`gunicorn -k uvicorn_worker.UvicornWorker --graceful-timeout 1 ...`"""

    def load_config(self):
        self.cfg.set("bind", "127.0.0.1:0")
        self.cfg.set("workers", 1)
        self.cfg.set("worker_class", "uvicorn_worker.UvicornWorker")
        self.cfg.set("graceful_timeout", 1)  # then the master kills workers
        self.cfg.set("logger_class", Logger)
        self.cfg.set("control_socket_disable", True)  # no gunicornc here

    def load(self):
        return app

    def run(self):
        Arbiter(self).run()


Gunicorn().run()
