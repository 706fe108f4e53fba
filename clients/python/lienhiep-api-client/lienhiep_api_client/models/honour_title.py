from enum import StrEnum


class HonourTitle(StrEnum):
    ASSOCIATE_PROFESSOR = "associate_professor"
    DOCTORATE = "doctorate"
    HO_CHI_MINH_PRIZE = "ho_chi_minh_prize"
    LABOUR_CREATIVITY_CERTIFICATE = "labour_creativity_certificate"
    LABOUR_HERO = "labour_hero"
    LABOUR_ORDER_FIRST_CLASS = "labour_order_first_class"
    LABOUR_ORDER_SECOND_CLASS = "labour_order_second_class"
    LABOUR_ORDER_THIRD_CLASS = "labour_order_third_class"
    MERITORIOUS_ARTISAN = "meritorious_artisan"
    MERITORIOUS_ARTIST = "meritorious_artist"
    MERITORIOUS_PHYSICIAN = "meritorious_physician"
    MERITORIOUS_TEACHER = "meritorious_teacher"
    NATIONAL_EMULATION_FIGHTER = "national_emulation_fighter"
    OTHER_PRIZE = "other_prize"
    OUTSTANDING_NATIONAL_TEACHER = "outstanding_national_teacher"
    OUTSTANDING_YOUNG_PHYSICIAN = "outstanding_young_physician"
    PEOPLES_ARTISAN = "peoples_artisan"
    PEOPLES_ARTIST = "peoples_artist"
    PEOPLES_PHYSICIAN = "peoples_physician"
    PEOPLES_TEACHER = "peoples_teacher"
    PROFESSOR = "professor"
    SPECIALIST_DOCTOR_LEVEL_2 = "specialist_doctor_level_2"
    STATE_PRIZE_LITERATURE_ARTS = "state_prize_literature_arts"
    STATE_PRIZE_SCIENCE = "state_prize_science"

    def __str__(self) -> str:
        return str(self.value)
