from enum import StrEnum


class CouncilRole(StrEnum):
    CHAIR = "chair"
    MEMBER = "member"
    REVIEWER = "reviewer"

    def __str__(self) -> str:
        return str(self.value)
