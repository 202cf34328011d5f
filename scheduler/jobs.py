"""APScheduler 3 set-up: jobs persist in the project database; every job runs under a single-runner lock."""

from __future__ import annotations

import logging

from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.base import BaseScheduler
from apscheduler.schedulers.blocking import BlockingScheduler

from scheduler import audit_retention, consent, inform, sweep
from scheduler.locks import single_runner
from storage.db import get_engine

log = logging.getLogger(__name__)


def retention_job() -> None:
    result = sweep.sweep()
    log.info(
        "retention sweep: ran=%s deleted=%s blocked=%s pending=%s",
        result.ran,
        dict(result.deleted),
        dict(result.blocked),
        result.pending,
    )


def consent_job() -> None:
    with single_runner("consent-renewal") as mine:
        if mine:
            log.info("consent renewal: %d reminders", len(consent.remind()))
            log.info("Art. 14 reminders: %d candidates not yet informed", len(inform.remind()))


def audit_retention_job() -> None:
    with single_runner("audit-retention") as mine:
        if mine:
            log.info("audit retention: %d events pseudonymised", audit_retention.pseudonymise_old_events())


def connector_sync_job() -> None:
    from connectors.sync import sync_all

    with single_runner("connector-sync") as mine:
        if mine:
            for result in sync_all():
                log.info(
                    "connector %s: created=%d updated=%d deleted=%d failed=%d error=%s",
                    result.name,
                    result.created,
                    result.updated,
                    result.deleted,
                    result.failed,
                    bool(result.error),
                )


JOBS = (
    ("retention-sweep", "scheduler.jobs:retention_job", {"hours": 1}),
    ("consent-renewal", "scheduler.jobs:consent_job", {"days": 1}),
    ("audit-retention", "scheduler.jobs:audit_retention_job", {"days": 1}),
    ("connector-sync", "scheduler.jobs:connector_sync_job", {"minutes": 15}),
)


def configure(scheduler: BaseScheduler) -> BaseScheduler:
    """Register the jobs in the persistent store; replicas that do the same overwrite, never duplicate."""
    scheduler.add_jobstore(SQLAlchemyJobStore(engine=get_engine()), "default")
    for job_id, func, every in JOBS:
        scheduler.add_job(
            func,
            "interval",
            id=job_id,
            replace_existing=True,
            coalesce=True,
            max_instances=1,
            misfire_grace_time=3600,
            **every,
        )
    return scheduler


def background() -> BackgroundScheduler:
    """For `fairmatch serve`: runs in threads beside the web server."""
    return configure(BackgroundScheduler(timezone="UTC"))


def blocking() -> BlockingScheduler:
    """For `fairmatch scheduler run`, a separate worker."""
    return configure(BlockingScheduler(timezone="UTC"))
