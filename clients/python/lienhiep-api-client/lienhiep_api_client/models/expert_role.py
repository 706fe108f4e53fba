from enum import StrEnum


class ExpertRole(StrEnum):
    CHAIR = "chair"
    CONTRIBUTOR = "contributor"
    REVIEWER = "reviewer"
    SECRETARY = "secretary"

    def __str__(self) -> str:
        return str(self.value)
