// The content bank built into the executable (data/bank at build time), so the app works with no files around it.
#pragma once

#include "core/bank/bankloader.h"

#include <memory>

namespace lumbar {

// The built-in bank as a layer, with file names shown as "built-in/<name>.json".
const BankLayer &shippedBankLayer();

// The built-in bank alone, loaded once on first use and shared: an empty bank if the build shipped a broken one.
const std::shared_ptr<const ContentBank> &shippedBank();

} // namespace lumbar
