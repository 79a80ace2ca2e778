"""gunicorn settings for Backsite: `gunicorn -c gunicorn.conf.py backsite.wsgi`.

Every value can be overridden from the environment; README.md's Deploy section explains them.
"""

import multiprocessing
import os

wsgi_app = "backsite.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Pages are rendered in Python and mostly served from the cache: a few sync workers per core.
workers = int(os.environ.get("WEB_CONCURRENCY", min(2 * multiprocessing.cpu_count() + 1, 9)))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then so a slow leak can never grow without bound, but rarely: a new
# worker starts with cold caches (templates, the pages it keeps at hand), and under cached load
# 2,000 requests went by in about a second. The jitter spreads restarts so workers never all
# restart at once. See README.md (Benchmarks) for the measurement.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "50000"))
max_requests_jitter = int(os.environ.get("GUNICORN_MAX_REQUESTS_JITTER", str(max_requests // 10)))
# Only the reverse proxy talks to gunicorn; trust its X-Forwarded-* headers when it runs elsewhere.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# Load the app once in the master so a settings error stops the start with one clear message.
preload_app = True
