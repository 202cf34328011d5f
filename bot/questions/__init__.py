"""Interview kits: per vacancy (competency questions) and per candidate (gaps and claims to verify).

from bot.questions import interview_kit
kit = interview_kit(session, tenant_id, vacancy_id, candidate_id=None, lang="nl")
"""

from bot.questions.generator import interview_kit
from bot.questions.model import Kit, KitError, KitGroup, KitQuestion

__all__ = ["Kit", "KitError", "KitGroup", "KitQuestion", "interview_kit"]
