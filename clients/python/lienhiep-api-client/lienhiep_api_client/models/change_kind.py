from enum import StrEnum


class ChangeKind(StrEnum):
    CREATED = "created"
    LEFT = "left"
    UPDATED = "updated"

    def __str__(self) -> str:
        return str(self.value)
