#include "shippedbank.h"

#include "shippedbankdata.h"

namespace lumbar {

const BankLayer &shippedBankLayer()
{
    static const BankLayer layer = [] {
        BankLayer l;
        for (std::size_t i = 0; i < detail::kShippedFileCount; ++i) {
            const auto &f = detail::kShippedFiles[i];
            l.files.push_back({"built-in/" + std::string(f.name), std::string(f.data, f.size)});
        }
        return l;
    }();
    return layer;
}

} // namespace lumbar
