from enum import StrEnum


class CellKind(StrEnum):
    ASSOCIATION = "association"
    CODE = "code"
    DATE = "date"
    FLAG = "flag"
    INTEGER = "integer"
    LIST = "list"
    NUMBER = "number"
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
