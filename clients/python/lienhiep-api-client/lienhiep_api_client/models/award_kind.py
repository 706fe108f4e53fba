from enum import StrEnum


class AwardKind(StrEnum):
    ACADEMIC = "academic"
    CERTIFICATE = "certificate"
    ORDER = "order"
    PRIZE = "prize"
    TITLE = "title"

    def __str__(self) -> str:
        return str(self.value)
