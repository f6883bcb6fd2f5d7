// The fault matrix, second half: broken transfers, size limits, hosts that are down, git and the file system.
import { FAULT_CASES } from './cases.js'
import { defineFaultMatrix } from './matrix.js'

defineFaultMatrix(FAULT_CASES.slice(7))
