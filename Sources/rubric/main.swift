import RubricCore
print("rubric")
