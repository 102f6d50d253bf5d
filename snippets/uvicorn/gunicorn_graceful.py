import asyncio
import time

from fastapi import FastAPI
from gunicorn import glogging
from gunicorn.app.base import BaseApplication

app = FastAPI()


@app.post("/work")
async def work(seconds: float):
    print(f"work: {seconds} s")
    await asyncio.sleep(seconds)  # stands in for the real work
    return {"done": True}


class Logger(glogging.Logger):
    error_fmt = "[%(levelname)s] %(message)s"  # no time or pid in the lines


def reap_killed_workers(arbiter):
    """gunicorn's last reap, right after its SIGKILL, does not wait for the workers
    to die; wait for them here (bounded), so that the log says it every time."""
    deadline = time.monotonic() + 1
    while arbiter.WORKERS and time.monotonic() < deadline:
        arbiter.reap_workers()
        time.sleep(0.05)


class Gunicorn(BaseApplication):
    """`gunicorn -k uvicorn_worker.UvicornWorker --graceful-timeout 1 ...`"""

    def load_config(self):
        self.cfg.set("bind", "127.0.0.1:0")
        self.cfg.set("workers", 1)
        self.cfg.set("worker_class", "uvicorn_worker.UvicornWorker")
        self.cfg.set("graceful_timeout", 1)  # then the master kills workers
        self.cfg.set("logger_class", Logger)
        self.cfg.set("control_socket_disable", True)  # no gunicornc here
        self.cfg.set("on_exit", reap_killed_workers)

    def load(self):
        return app


Gunicorn().run()
