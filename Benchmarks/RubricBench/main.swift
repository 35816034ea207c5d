import RubricCore
print("bench")
