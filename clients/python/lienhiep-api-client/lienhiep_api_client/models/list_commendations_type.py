from enum import StrEnum


class ListCommendationsType(StrEnum):
    CERTIFICATE_OF_MERIT = "certificate_of_merit"
    EMULATION_FIGHTER = "emulation_fighter"
    EMULATION_FLAG = "emulation_flag"
    LABOUR_ORDER = "labour_order"
    OTHER = "other"

    def __str__(self) -> str:
        return str(self.value)
