#include "exerciseimport.h"

#include "ui/text/uitext.h"

#include "core/bank/bankloader.h"
#include "core/freeexercisedb.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QStringList>

#include <filesystem>
#include <string_view>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

ExerciseImport::Outcome ExerciseImport::fromFreeExerciseDb(const QString &file, const QString &bankFolder)
{
    const auto refuse = [](const QString &why) { return Outcome{false, tr("Nothing imported"), why, {}, {}, {}}; };
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return refuse(tr("“%1” could not be read: %2").arg(QDir::toNativeSeparators(file), in.errorString()));
    if (in.size() > static_cast<qint64>(BankLoader::kMaxFileBytes))
        return refuse(tr("“%1” is too large for an exercise collection (the whole free-exercise-db is about 1 MB).")
                          .arg(QDir::toNativeSeparators(file)));
    const QByteArray text = in.readAll();
    const FolderImport result =
        importFreeExerciseDbInto(std::string_view(text.constData(), static_cast<std::size_t>(text.size())),
            std::filesystem::path(QFile::encodeName(bankFolder).toStdString()));
    if (!result.ok)
        return refuse(tr("No exercises were imported from “%1”: %2.\n\nNothing was changed.")
                          .arg(QDir::toNativeSeparators(file), qs(result.error)));

    QStringList skipped;
    for (const auto &s : result.import.skipped)
        skipped << tr("Entry %1%2: %3")
                       .arg(s.index + 1)
                       .arg(s.name.empty() ? QString() : u" (%1)"_s.arg(qs(s.name)), qs(s.reason));
    const int count = static_cast<int>(result.import.ids.size());
    QString message = tr("Imported %n exercise(s) into your bank folder, as %1.", nullptr, count)
                          .arg(QDir::toNativeSeparators(QFile::decodeName(result.written.string().c_str())));
    if (!skipped.isEmpty())
        message += u"\n\n"_s +
            tr("%n entry(s) could not be imported; see the details.", nullptr, static_cast<int>(skipped.size()));
    message += u"\n\n"_s +
        tr("They come from a general fitness collection: check with your clinician that an "
           "exercise suits your back before you try it.");
    return {true, tr("Exercises imported"), message, skipped.join(u'\n'),
        tr("Imported %n exercise(s) from free-exercise-db.", nullptr, count),
        result.import.ids.empty() ? QString() : qs(result.import.ids.front())};
}

} // namespace lumbar::ui
