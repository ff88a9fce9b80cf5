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

const std::shared_ptr<const ContentBank> &shippedBank()
{
    static const std::shared_ptr<const ContentBank> bank = [] {
        std::shared_ptr<const ContentBank> loaded = BankLoader::load(shippedBankLayer()).bank;
        return loaded ? loaded : std::make_shared<const ContentBank>();
    }();
    return bank;
}

} // namespace lumbar
