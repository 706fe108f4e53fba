from enum import StrEnum


class UnionUnitKind(StrEnum):
    CENTRE = "centre"
    COUNCIL = "council"
    DEPARTMENT = "department"
    OTHER = "other"

    def __str__(self) -> str:
        return str(self.value)
