#include "atomicfile.h"

#include <QSaveFile>

namespace lumbar::ui {

bool writeAtomically(const QString &path, const std::function<bool(QIODevice &)> &write, QString *error)
{
    QSaveFile file(path);
    const bool ok = file.open(QIODevice::WriteOnly) && write(file) && file.commit();
    if (!ok && error)
        *error = file.errorString();
    return ok;
}

bool writeAtomically(const QString &path, QByteArrayView bytes, QString *error)
{
    return writeAtomically(
        path, [bytes](QIODevice &file) { return file.write(bytes.data(), bytes.size()) == bytes.size(); }, error);
}

} // namespace lumbar::ui
