// The content bank built into the executable (data/bank at build time), so the app works with no files around it.
#pragma once

#include "core/bank/bankloader.h"

namespace lumbar {

// The built-in bank as a layer, with file names shown as "built-in/<name>.json".
const BankLayer &shippedBankLayer();

} // namespace lumbar
