"""Key rotation: re-encrypt every encrypted column under the newest key, in batches."""

from __future__ import annotations

from sqlmodel import Session, select

from storage import audit, crypto
from storage.models import Candidate, ConnectorConfig, SlackInstallation

ENCRYPTED = ((ConnectorConfig, "secret_enc"), (Candidate, "identity_enc"), (SlackInstallation, "data_enc"))


def rotate_all(session: Session, *, actor: str, batch: int = 1000) -> dict[str, int]:
    """After this, the old key can be dropped from FAIRMATCH_SECRET_KEY."""
    counts: dict[str, int] = {}
    for model, column in ENCRYPTED:
        key = model.__table__.primary_key.columns.values()[0].name
        last, done = None, 0
        while True:
            query = select(model).where(getattr(model, column).is_not(None)).order_by(getattr(model, key))
            if last is not None:
                query = query.where(getattr(model, key) > last)
            rows = session.exec(query.limit(batch)).all()
            if not rows:
                break
            for row in rows:
                setattr(row, column, crypto.rotate(getattr(row, column)))
                session.add(row)
            session.flush()
            done += len(rows)
            last = getattr(rows[-1], key)
        counts[model.__tablename__] = done
    audit.record(session, "keys.rotated", actor=actor, details=counts)
    return counts
