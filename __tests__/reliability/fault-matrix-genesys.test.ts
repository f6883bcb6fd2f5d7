// The fault matrix, first half: faults of Genesys Cloud's API, its export jobs and its object store.
import { FAULT_CASES } from './cases.js'
import { defineFaultMatrix } from './matrix.js'

defineFaultMatrix(FAULT_CASES.slice(0, 7))
