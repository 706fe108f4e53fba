from enum import StrEnum


class InternationalAward(StrEnum):
    BRONZE_MEDAL = "bronze_medal"
    GOLD_MEDAL = "gold_medal"
    OTHER = "other"
    SILVER_MEDAL = "silver_medal"
    SPECIAL_PRIZE = "special_prize"

    def __str__(self) -> str:
        return str(self.value)
