UPDATE honourees SET person_key = substring(person_key from position(':' in person_key) + 1);
