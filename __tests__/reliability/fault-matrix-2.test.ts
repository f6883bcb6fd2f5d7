// The fault matrix, even rows of the table (2nd, 4th, …); see fault-matrix-1.test.ts.
import { FAULT_CASES } from './cases.js'
import { defineFaultMatrix } from './matrix.js'

defineFaultMatrix(FAULT_CASES.filter((_, index) => index % 2 === 1))
