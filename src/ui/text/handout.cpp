#include "handout.h"

#include "detailpagebuilder.h"
#include "pdffile.h"
#include "ui/care/regionsetting.h"
#include "ui/figures/figurepainter.h"
#include "uitext.h"

#include "dosagewords.h"

#include <QAbstractTextDocumentLayout>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPalette>
#include <QTextDocument>
#include <QTextFrame>
#include <QUrl>

#include <set>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

namespace {

const QString &kInk = print::ink;
const QString &kMuted = print::muted;
const QString &kAccent = print::accent;
const QString &kDanger = print::danger;
const QString &kDangerSoft = print::dangerSoft;
const QString &kSoft = print::soft;
const QString &kRule = print::rule;

constexpr QSize kFigurePixels(660, 440); // drawn at three times the size it is shown, for print
constexpr int kFigureShownWidth = 220;

QString esc(const LocalText &text)
{
    return DetailPageBuilder::escape(text);
}

QString esc(std::string_view text)
{
    return DetailPageBuilder::escape(text);
}

QString esc(const QString &text)
{
    return DetailPageBuilder::escape(text);
}

QUrl figureUrl(const std::string &exerciseId)
{
    return QUrl(u"figure:"_s + qs(exerciseId));
}

QString styleSheet()
{
    return uR"(
body { color: %ink%; font-size: 10pt; }
h1 { font-size: 20pt; font-weight: 700; margin-top: 0px; margin-bottom: 2px; color: %ink%; }
h2 { font-size: 13pt; font-weight: 700; margin-top: 0px; margin-bottom: 4px; color: %ink%; }
h3 { font-size: 10.5pt; font-weight: 700; margin-top: 8px; margin-bottom: 2px; color: %accent%; }
p { margin-top: 2px; margin-bottom: 3px; }
li { margin-bottom: 3px; }
.brand { color: %accent%; font-weight: 700; font-size: 9pt; }
.muted { color: %muted%; }
.small { font-size: 8.5pt; }
.dose { color: %accent%; font-weight: 700; font-size: 10.5pt; }
.stop { color: %danger%; font-weight: 700; }
.flagtitle { color: %danger%; font-weight: 700; font-size: 12pt; margin-bottom: 4px; }
.action { font-weight: 700; margin-bottom: 6px; }
)"_s.replace(u"%ink%"_s, kInk)
        .replace(u"%muted%"_s, kMuted)
        .replace(u"%accent%"_s, kAccent)
        .replace(u"%danger%"_s, kDanger);
}

// Lays `doc` out on the device's pages and paints them, each with a footer. A top-level table (an exercise, the
// warning box) that would straddle two pages starts on the next one instead, when it fits a page.
void paintPages(QTextDocument &doc, QPagedPaintDevice &device, const QString &footer)
{
    const double mm = device.logicalDpiY() / 25.4;
    const QRectF paper(0, 0, device.width(), device.height());
    const QRectF body = paper.marginsRemoved(QMarginsF(16 * mm, 14 * mm, 16 * mm, 18 * mm));
    doc.documentLayout()->setPaintDevice(&device);
    doc.setPageSize(body.size());
    const double pageHeight = body.height();
    // One table moved at a time, from the top: moving one shifts everything after it.
    for (QTextFrame *frame : doc.rootFrame()->childFrames()) {
        const QRectF r = doc.documentLayout()->frameBoundingRect(frame);
        const auto firstPage = static_cast<int>(r.top() / pageHeight);
        const auto lastPage = static_cast<int>((r.bottom() - 1) / pageHeight);
        if (firstPage != lastPage && r.height() < pageHeight * 0.95) {
            QTextFrameFormat format = frame->frameFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            frame->setFrameFormat(format);
        }
    }
    const int pages = doc.pageCount();
    QPainter painter(&device);
    QFont small = painter.font();
    small.setPointSizeF(7.5);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        painter.save();
        painter.translate(body.left(), body.top() - page * pageHeight);
        const QRectF shown(0, page * pageHeight, body.width(), pageHeight);
        painter.setClipRect(shown);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = shown;
        context.palette.setColor(QPalette::Text, QColor(kInk));
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
        painter.setFont(small);
        painter.setPen(QColor(kMuted));
        const QRectF foot(body.left(), body.bottom() + 5 * mm, body.width(), 8 * mm);
        painter.drawLine(QPointF(body.left(), foot.top() - 1.5 * mm), QPointF(body.right(), foot.top() - 1.5 * mm));
        painter.drawText(foot, Qt::AlignLeft | Qt::AlignTop, footer);
        painter.drawText(foot, Qt::AlignRight | Qt::AlignTop, Handout::tr("Page %1 of %2").arg(page + 1).arg(pages));
    }
}

} // namespace

Handout::Handout(const ContentBank &bank, const Routine &routine, QDate date)
    : m_bank(bank)
    , m_routine(routine)
    , m_date(date)
{
}

QString Handout::html() const
{
    const Routine &r = m_routine;
    QString html = u"<p class=\"brand\">"_s + esc(tr("LUMBAR RELIEF · HOME EXERCISE PROGRAMME")) + u"</p>"_s;
    html += u"<h1>"_s + esc(r.name) + u"</h1>"_s;
    QStringList facts;
    if (r.patient)
        facts << u"<b>"_s + esc(tr("For:")) + u"</b> "_s + esc(*r.patient);
    facts << u"<b>"_s + esc(tr("Date:")) + u"</b> "_s + esc(QLocale().toString(m_date, QLocale::LongFormat));
    if (r.timesPerDay)
        facts << u"<b>"_s + esc(tr("How often:")) + u"</b> "_s + esc(DosageWords::timesADay(*r.timesPerDay));
    facts << u"<b>"_s + esc(tr("Exercises:")) + u"</b> "_s + QString::number(r.items.size());
    html += u"<p>"_s + facts.join(u" &nbsp;·&nbsp; "_s) + u"</p>"_s;
    html += u"<p class=\"muted\">"_s + esc(r.purpose) + u"</p>"_s;
    if (r.notes)
        html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" style=\"background-color: "_s + kSoft +
            u";\"><tr><td><p><b>"_s + esc(tr("Notes from your therapist")) + u"</b></p><p>"_s + esc(*r.notes) +
            u"</p></td></tr></table>"_s;
    html += warningSigns();
    html += u"<p class=\"small muted\">"_s +
        esc(tr("Do each exercise gently and within comfort. Stop any exercise that makes pain spread further down "
               "your leg, and tell your therapist.")) +
        u"</p>"_s;
    for (std::size_t i = 0; i < r.items.size(); ++i)
        html += exerciseBlock(i + 1, r.items[i]);
    html += sources();
    html += u"<p class=\"small muted\">"_s +
        esc(tr("This sheet is education, not a diagnosis or a treatment plan on its own. Follow the advice of the "
               "clinician who gave it to you.")) +
        u"</p>"_s;
    return html;
}

QString Handout::footer() const
{
    QStringList parts{u"Lumbar Relief"_s, qs(m_routine.name)};
    if (m_routine.patient)
        parts << tr("for %1").arg(qs(*m_routine.patient));
    parts << QLocale().toString(m_date, QLocale::ShortFormat);
    return parts.join(u" · "_s);
}

QString Handout::warningSigns() const
{
    // Short: the signs as the questions the app asks, then what to do, said once for the signs that share it.
    const auto group = [this](Urgency urgency, const QString &heading) -> QString {
        QString signs;
        QStringList actions;
        for (const RedFlag &f : m_bank.redFlags()) {
            if (f.urgency != urgency)
                continue;
            signs += u"<li>"_s + esc(f.question) + u"</li>"_s;
            if (const QString action = esc(region::action(m_bank, f)); !actions.contains(action))
                actions << action;
        }
        if (signs.isEmpty())
            return QString();
        return u"<p class=\"flagtitle\">"_s + esc(heading) + u"</p><ul>"_s + signs + u"</ul><p class=\"action\">"_s +
            actions.join(u"</p><p class=\"action\">"_s) + u"</p>"_s;
    };
    const QString emergency =
        group(Urgency::Emergency, tr("Get emergency help now if the answer to any of these is yes"));
    const QString urgent = group(Urgency::Urgent, tr("Speak to a doctor today if the answer to any of these is yes"));
    if (emergency.isEmpty() && urgent.isEmpty())
        return {};
    return u"<br/><table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" border=\"2\" style=\"border-style: "
           "solid; border-color: "_s +
        kDanger + u"; background-color: "_s + kDangerSoft + u";\"><tr><td class=\"small\">"_s + emergency + urgent +
        u"</td></tr></table><br/>"_s;
}

QString Handout::exerciseBlock(std::size_t number, const RoutineItem &item) const
{
    const Exercise *e = m_bank.exercise(item.exercise);
    if (!e)
        return u"<h2>"_s + QString::number(number) + u". "_s + esc(item.exercise) + u"</h2><p>"_s +
            esc(tr("This exercise is not in the content in use.")) + u"</p>"_s;
    const Dosage dosage = shownDosage(*e, item, m_routine);
    QString left;
    if (e->figure)
        left += u"<img src=\""_s + figureUrl(e->id).toString() + u"\" width=\""_s + QString::number(kFigureShownWidth) +
            u"\" height=\""_s + QString::number(kFigureShownWidth * kFigurePixels.height() / kFigurePixels.width()) +
            u"\"/>"_s;
    left += u"<p class=\"dose\">"_s;
    for (const QString &phrase : DosageWords::phrases(dosage)) {
        QString line = phrase;
        if (!line.isEmpty())
            line[0] = line[0].toUpper();
        left += esc(line) + u"<br/>"_s;
    }
    left += u"</p>"_s;
    if (dosage.note)
        left += u"<p class=\"muted\">"_s + esc(*dosage.note) + u"</p>"_s;
    if (item.note)
        left += u"<p><b>"_s + esc(tr("Your therapist:")) + u"</b> "_s + esc(*item.note) + u"</p>"_s;

    QString right = u"<h2>"_s + QString::number(number) + u". "_s + esc(e->name) + u"</h2>"_s;
    right += u"<h3>"_s + esc(tr("How to do it")) + u"</h3><ol>"_s;
    for (const LocalText &step : e->steps)
        right += u"<li>"_s + esc(step) + u"</li>"_s;
    right += u"</ol><p class=\"stop\">"_s + esc(tr("Stop if:")) + u"</p><ul>"_s;
    for (const LocalText &rule : e->stopRules)
        right += u"<li>"_s + esc(rule) + u"</li>"_s;
    right += u"</ul>"_s;

    return u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" style=\"border-top: 1px solid "_s + kRule +
        u";\"><tr><td width=\"34%\" valign=\"top\">"_s + left + u"</td><td valign=\"top\">"_s + right +
        u"</td></tr></table>"_s;
}

QString Handout::sources() const
{
    // Every source behind this sheet: the routine's, each exercise's and the warning signs'.
    std::vector<std::string> ids = m_routine.sources;
    for (const RoutineItem &item : m_routine.items)
        if (const Exercise *e = m_bank.exercise(item.exercise))
            ids.insert(ids.end(), e->sources.begin(), e->sources.end());
    for (const RedFlag &f : m_bank.redFlags())
        if (f.urgency == Urgency::Emergency || f.urgency == Urgency::Urgent)
            ids.insert(ids.end(), f.sources.begin(), f.sources.end());
    std::set<std::string> seen;
    QString list;
    for (const std::string &id : ids) {
        if (!seen.insert(id).second)
            continue;
        const Source *s = m_bank.source(id);
        if (!s)
            continue;
        list += u"<li>"_s + esc(s->title) + u" — "_s + esc(s->publisher);
        if (!s->url.empty())
            list += u". "_s + esc(s->url);
        list += u"</li>"_s;
    }
    if (list.isEmpty())
        return {};
    return u"<h3>"_s + esc(tr("Sources")) + u"</h3><ol class=\"small muted\">"_s + list + u"</ol>"_s;
}

std::unique_ptr<QTextDocument> Handout::document() const
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultStyleSheet(styleSheet());
    const FigureColors colors = FigureColors::from(QPalette(QColor(0xff, 0xff, 0xff)));
    for (const RoutineItem &item : m_routine.items)
        if (const Exercise *e = m_bank.exercise(item.exercise); e && e->figure)
            doc->addResource(QTextDocument::ImageResource, figureUrl(e->id),
                FigurePainter::keyPose(*e->figure, kFigurePixels, colors));
    doc->setHtml(html());
    return doc;
}

void Handout::paint(QPagedPaintDevice &device) const
{
    const std::unique_ptr<QTextDocument> doc = document();
    paintPages(*doc, device, footer());
}

bool Handout::savePdf(const QString &path, QString *error) const
{
    return print::savePdf(
        path, qs(m_routine.name), [this](QPagedPaintDevice &device) { paint(device); }, error);
}

} // namespace lumbar::ui
