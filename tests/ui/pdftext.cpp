#include "pdftext.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace lumbar::ui::test {

namespace {

QString toolOutput(const char *tool, const QStringList &arguments)
{
    QProcess process;
    process.start(QString::fromUtf8(tool), arguments);
    if (!process.waitForFinished(30000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

QString squeezed(const QString &text)
{
    QString out = text.normalized(QString::NormalizationForm_KC);
    out.removeIf([](QChar c) { return c.isSpace(); });
    return out;
}

QString pdfText(const QString &pdf)
{
    return squeezed(toolOutput(LUMBAR_PDFTOTEXT, {u"-raw"_s, pdf, u"-"_s}));
}

int pdfPages(const QString &pdf)
{
    const QRegularExpressionMatch m =
        QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(toolOutput(LUMBAR_PDFINFO, {pdf}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace lumbar::ui::test
