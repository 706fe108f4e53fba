UPDATE honourees SET person_key = substr(person_key, instr(person_key, ':') + 1);
