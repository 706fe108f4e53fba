from enum import StrEnum


class UnionRole(StrEnum):
    CO_ORGANISED = "co_organised"
    LED = "led"
    TOOK_PART = "took_part"

    def __str__(self) -> str:
        return str(self.value)
