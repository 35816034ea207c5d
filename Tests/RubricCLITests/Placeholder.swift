import Testing
@testable import RubricCore
