// The fault matrix, odd rows of the table (1st, 3rd, …): the rows alternate between two files so the two
// test workers share the slow cases (retries with backoff) evenly.
import { FAULT_CASES } from './cases.js'
import { defineFaultMatrix } from './matrix.js'

defineFaultMatrix(FAULT_CASES.filter((_, index) => index % 2 === 0))
