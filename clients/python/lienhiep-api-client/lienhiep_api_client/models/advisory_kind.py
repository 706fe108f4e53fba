from enum import StrEnum


class AdvisoryKind(StrEnum):
    CONSULTATION = "consultation"
    CRITIQUE = "critique"
    DRAFT_LAW_COMMENT = "draft_law_comment"
    SOCIAL_ASSESSMENT = "social_assessment"

    def __str__(self) -> str:
        return str(self.value)
