#include "detailpagebuilder.h"

#include "ui/care/regionsetting.h"
#include "ui/widgets/safetextbrowser.h"
#include "ui/widgets/theme.h"
#include "uitext.h"

#include "dosagewords.h"

#include "core/markedexercises.h"

#include <QUrl>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

namespace {

QString hex(const QColor &c)
{
    return c.name(QColor::HexRgb);
}

QString href(const QUrl &url)
{
    return url.toString(QUrl::FullyEncoded).toHtmlEscaped();
}

template<class List, class Fn>
QString joined(const List &items, const QString &separator, Fn &&toHtml)
{
    QString out;
    for (const auto &item : items) {
        if (!out.isEmpty())
            out += separator;
        out += toHtml(item);
    }
    return out;
}

// "once a day" → "Once a day": each phrase starts its own line here.
QString sentenceCase(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString section(const QString &title)
{
    return u"<h2>"_s + DetailPageBuilder::escape(title) + u"</h2>"_s;
}

QString bulletList(const std::vector<LocalText> &items)
{
    QString out = u"<ul>"_s;
    for (const auto &item : items)
        out += u"<li>"_s + DetailPageBuilder::escape(item) + u"</li>"_s;
    return out + u"</ul>"_s;
}

// A full-width coloured box; Qt's rich text draws borders and backgrounds on tables only.
QString box(const QString &cssClass, const QColor &background, const QColor &borderColor, int borderWidth,
    const QString &content)
{
    return u"<table class=\""_s + cssClass + u"\" width=\"100%\" cellspacing=\"0\" cellpadding=\"12\" border=\""_s +
        QString::number(borderWidth) + u"\" style=\"border-style: solid; border-color: "_s + hex(borderColor) +
        u"; background-color: "_s + hex(background) + u";\"><tr><td>"_s + content + u"</td></tr></table>"_s;
}

} // namespace

DetailPageBuilder::DetailPageBuilder(const ContentBank &bank)
    : m_bank(bank)
{
}

QString DetailPageBuilder::escape(std::string_view text)
{
    return qs(text).toHtmlEscaped().replace(u'\n', u"<br/>"_s);
}

QString DetailPageBuilder::escape(const LocalText &text)
{
    return escape(text.text(bankLanguage()));
}

QString DetailPageBuilder::escape(const QString &text)
{
    return text.toHtmlEscaped();
}

QString DetailPageBuilder::styleSheet()
{
    QString css = uR"(
body { color: %text%; }
h1 { font-size: x-large; font-weight: 600; margin-top: 4px; margin-bottom: 2px; color: %text%; }
h2 { font-size: large; font-weight: 600; margin-top: 20px; margin-bottom: 6px; color: %accent%; }
h3 { font-size: large; font-weight: 600; margin-top: 2px; margin-bottom: 4px; color: %text%; }
p { margin-top: 4px; margin-bottom: 4px; }
li { margin-bottom: 5px; }
a { color: %accent%; text-decoration: none; font-weight: 600; }
.muted { color: %muted%; }
.aliases { color: %muted%; margin-bottom: 8px; }
.lead { font-size: medium; margin-top: 8px; margin-bottom: 12px; }
.factlabel { color: %muted%; font-size: small; }
.factvalue { font-weight: 600; }
.dose { color: %accent%; font-weight: 600; }
.stoptitle { color: %danger%; font-weight: 700; font-size: large; margin-bottom: 4px; }
.cautiontitle { color: %warning%; font-weight: 700; margin-bottom: 2px; }
.flagtitle { font-weight: 700; font-size: large; margin-bottom: 6px; }
.flagq { font-weight: 600; margin-top: 8px; }
.action { font-weight: 700; }
.sources { color: %muted%; font-size: small; margin-top: 6px; }
.sourcenote { color: %muted%; font-style: italic; }
.item { margin-bottom: 10px; }
.itemdose { color: %text%; }
.caveat { color: %warning%; font-size: small; }
.note { color: %muted%; font-style: italic; }
.category { color: %muted%; font-size: small; font-weight: 600; }
.toc { margin-bottom: 8px; }
)"_s;
    return css.replace(u"%text%"_s, hex(theme::text()))
        .replace(u"%accent%"_s, hex(theme::accent()))
        .replace(u"%muted%"_s, hex(theme::mutedText()))
        .replace(u"%danger%"_s, hex(theme::danger()))
        .replace(u"%warning%"_s, hex(theme::warning()));
}

QString DetailPageBuilder::card(const QString &content)
{
    return box(u"card"_s, QColor(0xfb, 0xfc, 0xfc), theme::border(), 1, content) + u"<br/>"_s;
}

QString DetailPageBuilder::messagePage(const QString &title, const QString &text)
{
    return u"<br/><br/><h1 align=\"center\">"_s + escape(title) + u"</h1><p align=\"center\" class=\"muted\">"_s +
        escape(text) + u"</p>"_s;
}

QString DetailPageBuilder::sourceLine(const std::string &id, SourceStyle style) const
{
    const Source *s = m_bank.source(id);
    if (!s)
        return escape(id);
    const QUrl url(qs(s->url), QUrl::StrictMode);
    const bool linkable = SafeTextBrowser::classify(url) == SafeTextBrowser::LinkKind::External;
    QString line =
        linkable ? u"<a href=\""_s + href(url) + u"\">"_s + escape(s->title) + u" ↗</a>"_s : escape(s->title);
    line += u" — "_s + escape(s->publisher);
    if (s->year)
        line += u", "_s + QString::number(*s->year);
    if (s->authority == Authority::Low)
        line += u" <span class=\"caveat\">("_s +
            escape(style == SourceStyle::Full ? tr("low authority: supporting detail only")
                                              : tr("supporting detail only")) +
            u")</span>"_s;
    // The editors' caveats are long; they belong in the full lists, not under every red flag.
    if (s->note && style == SourceStyle::Full)
        line += u"<br/><span class=\"sourcenote\">"_s + escape(*s->note) + u"</span>"_s;
    return line;
}

QString DetailPageBuilder::inlineSources(const std::vector<std::string> &ids) const
{
    if (ids.empty())
        return {};
    const QString label = ids.size() == 1 ? tr("Source: ") : tr("Sources: ");
    return u"<p class=\"sources\">"_s + escape(label) + joined(ids, u" · "_s, [this](const std::string &id) -> QString {
        return sourceLine(id, SourceStyle::Compact);
    }) + u"</p>"_s;
}

QString DetailPageBuilder::sourcesBlock(const std::vector<std::string> &ids, const QString &heading) const
{
    if (ids.empty())
        return {};
    QString out = heading.isEmpty() ? QString() : section(heading);
    out += u"<ol class=\"sources\">"_s;
    for (const auto &id : ids)
        out += u"<li>"_s + sourceLine(id, SourceStyle::Full) + u"</li>"_s;
    return out + u"</ol>"_s;
}

QString DetailPageBuilder::exerciseLink(const std::string &id) const
{
    const Exercise *e = m_bank.exercise(id);
    const QString name = e ? escape(e->name) : escape(id);
    return u"<a href=\""_s + href(SafeTextBrowser::internalUrl(u"exercise"_s, qs(id))) + u"\">"_s + name + u"</a>"_s;
}

QString DetailPageBuilder::exercisePage(const Exercise &e) const
{
    QString html = u"<h1>"_s + escape(e.name) + u"</h1>"_s;
    if (!e.aliases.empty())
        html += u"<p class=\"aliases\">"_s + escape(tr("Also called: ")) +
            joined(e.aliases, u", "_s, [](const LocalText &a) -> QString { return escape(a); }) + u"</p>"_s;

    // The facts as labelled cells: quick to scan before reading the steps.
    QStringList equipmentNames;
    for (const Equipment q : e.equipment)
        equipmentNames << (equipmentNames.isEmpty() ? enumLabel(q) : enumLabel(q).toLower());
    const QString equipment = equipmentNames.isEmpty() ? tr("None") : equipmentNames.join(u", "_s);
    const std::array<std::pair<QString, QString>, 4> facts = {{
        {tr("Type"), enumLabel(e.category)},
        {tr("Start position"), enumLabel(e.position)},
        {tr("Equipment"), equipment},
        {tr("Difficulty"), enumLabel(e.difficulty)},
    }};
    // Two by two: a row of four leaves too little room for a long word ("Estiramiento") or larger text.
    html += u"<table width=\"100%\" cellspacing=\"6\" cellpadding=\"8\"><tr>"_s;
    for (std::size_t i = 0; i < facts.size(); ++i) {
        const auto &[label, value] = facts.at(i);
        if (i == 2)
            html += u"</tr><tr>"_s;
        html += u"<td width=\"50%\" style=\"background-color: "_s + hex(theme::accentSoft()) +
            u";\"><span class=\"factlabel\">"_s + escape(label) + u"</span><br/><span class=\"factvalue\">"_s +
            escape(value) + u"</span></td>"_s;
    }
    html += u"</tr></table>"_s;

    html += u"<p class=\"lead\">"_s + escape(e.summary) + u"</p>"_s;

    if (!e.steps.empty()) {
        html += section(tr("How to do it")) + u"<ol>"_s;
        for (const auto &step : e.steps)
            html += u"<li>"_s + escape(step) + u"</li>"_s;
        html += u"</ol>"_s;
    }

    html += section(tr("How much"));
    html += u"<ul>"_s;
    for (const QString &phrase : DosageWords::phrases(e.dosage))
        html += u"<li class=\"dose\">"_s + escape(sentenceCase(phrase)) + u"</li>"_s;
    html += u"</ul>"_s;
    if (e.dosage.note)
        html += u"<p class=\"note\">"_s + escape(*e.dosage.note) + u"</p>"_s;

    if (!e.stopRules.empty()) {
        html += u"<br/>"_s +
            box(u"stop"_s, theme::dangerSoft(), theme::danger(), 2,
                u"<p class=\"stoptitle\">"_s + escape(tr("⚠ Stop straight away if…")) + u"</p>"_s +
                    bulletList(e.stopRules));
    }

    if (!e.cautions.empty()) {
        html += u"<br/>"_s +
            box(u"caution"_s, theme::warningSoft(), QColor(0xe2, 0xc4, 0x8a), 1,
                u"<p class=\"cautiontitle\">"_s + escape(tr("Take care")) + u"</p>"_s + bulletList(e.cautions));
    }

    QStringList helps;
    for (const auto &id : e.targetSymptoms) {
        const Symptom *s = m_bank.symptom(id);
        helps << (s ? escape(s->name) : escape(id));
    }
    for (const auto &id : e.targetConditions) {
        const Condition *c = m_bank.condition(id);
        helps << (c ? escape(c->name) : escape(id));
    }
    if (!helps.isEmpty()) {
        html += section(tr("What it can help")) + u"<ul>"_s;
        for (const auto &h : std::as_const(helps))
            html += u"<li>"_s + h + u"</li>"_s;
        html += u"</ul>"_s;
    }
    if (e.benefits)
        html += section(tr("Why it helps")) + u"<p>"_s + escape(*e.benefits) + u"</p>"_s;
    if (!e.related.empty()) {
        html += section(tr("Related exercises")) + u"<p>"_s +
            joined(e.related, u" · "_s, [this](const std::string &id) -> QString { return exerciseLink(id); }) +
            u"</p>"_s;
    }
    if (e.notes)
        html += section(tr("Notes")) + u"<p>"_s + escape(*e.notes) + u"</p>"_s;
    html += sourcesBlock(e.sources, tr("Sources"));
    return html;
}

QString DetailPageBuilder::routinePage(const Routine &r, const std::vector<ExerciseFlag> &marks) const
{
    QString html = u"<h1>"_s + escape(r.name) + u"</h1>"_s;
    html += u"<p class=\"lead\">"_s + escape(r.purpose) + u"</p>"_s;
    const std::vector<ExerciseFlag> marked = marksIn(r, marks);
    if (!marked.empty())
        html += box(u"leftout"_s, theme::warningSoft(), theme::warning(), 2,
            u"<p><b>"_s +
                escape(
                    tr("Left out for you: %n exercise(s) of this routine", nullptr, static_cast<int>(marked.size()))) +
                u"</b><br/>"_s +
                escape(tr("The player leaves out an exercise that made your symptoms worse until you clear its mark "
                          "in the library, once your therapist says it is right for you.")) +
                u"</p>"_s);

    QString facts = u"<p><span class=\"factlabel\">"_s + escape(tr("Who it is for")) + u"</span><br/>"_s +
        escape(r.audience) + u"</p>"_s;
    if (r.timesPerDay)
        facts += u"<p><span class=\"factlabel\">"_s + escape(tr("How often")) +
            u"</span><br/><span class=\"factvalue\">"_s + escape(DosageWords::timesADay(*r.timesPerDay)) +
            u"</span></p>"_s;
    html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"12\" style=\"background-color: "_s +
        hex(theme::accentSoft()) + u";\"><tr><td>"_s + facts + u"</td></tr></table>"_s;

    html += section(items(r.items.size()));
    html += u"<ol>"_s;
    for (const auto &item : r.items) {
        const Exercise *e = m_bank.exercise(item.exercise);
        html += u"<li><p class=\"item\">"_s + exerciseLink(item.exercise);
        if (e) {
            // The exercise's own dosage with this routine's changes on top, and the routine's own "how often".
            const Dosage effective = shownDosage(*e, item, r);
            html += u"<br/><span class=\"itemdose\">"_s + escape(DosageWords::describe(effective)) + u"</span>"_s;
            // The exercise's own dosage note is on its page; repeat only what this routine says.
            if (item.dosage.note)
                html += u"<br/><span class=\"note\">"_s + escape(*item.dosage.note) + u"</span>"_s;
        }
        if (item.note)
            html += u"<br/><span class=\"muted\">"_s + escape(*item.note) + u"</span>"_s;
        if (markOn(item.exercise, marks))
            html +=
                u"<br/><span class=\"cautiontitle\">"_s + escape(tr("⚠ Left out for you: it is marked")) + u"</span>"_s;
        html += u"</p></li>"_s;
    }
    html += u"</ol>"_s;
    if (r.notes)
        html += section(tr("Notes")) + u"<p>"_s + escape(*r.notes) + u"</p>"_s;
    html += sourcesBlock(r.sources, tr("Sources"));
    return html;
}

QString DetailPageBuilder::items(std::size_t count)
{
    return count == 1 ? tr("1 exercise") : tr("%1 exercises").arg(count);
}

QString DetailPageBuilder::redFlagGroup(Urgency urgency) const
{
    std::vector<const RedFlag *> flags;
    for (const auto &f : m_bank.redFlags())
        if (f.urgency == urgency)
            flags.push_back(&f);
    if (flags.empty())
        return {};

    QString title;
    QColor background;
    QColor borderColor;
    QColor titleColor;
    int borderWidth = 1;
    switch (urgency) {
    case Urgency::Emergency:
        title = tr("⚠ Emergency — act now");
        background = theme::dangerSoft();
        borderColor = titleColor = theme::danger();
        borderWidth = 3;
        break;
    case Urgency::Urgent:
        title = tr("Urgent — get medical help today");
        background = theme::warningSoft();
        borderColor = theme::warning();
        titleColor = theme::warning();
        borderWidth = 2;
        break;
    case Urgency::SeeDoctor:
        title = tr("See a doctor — book an appointment");
        background = theme::surface();
        borderColor = theme::border();
        titleColor = theme::text();
        break;
    }

    QString content =
        u"<p class=\"flagtitle\" style=\"color: "_s + hex(titleColor) + u";\">"_s + escape(title) + u"</p>"_s;
    for (const RedFlag *f : flags) {
        if (f != flags.front())
            content += u"<hr/>"_s; // one sign at a time, even in a long list
        content += u"<p class=\"flagq\">"_s + escape(f->question) + u"</p>"_s;
        content += u"<p>"_s + escape(f->description) + u"</p>"_s;
        content += u"<p class=\"action\" style=\"color: "_s + hex(titleColor) + u";\">"_s + escape(tr("What to do: ")) +
            escape(region::action(m_bank, *f)) + u"</p>"_s;
        content += inlineSources(f->sources);
    }
    return box(u"redflag-"_s + qs(toString(urgency)), background, borderColor, borderWidth, content) + u"<br/>"_s;
}

QString DetailPageBuilder::conditionSection(const Condition &c) const
{
    QString html = u"<a name=\"condition-"_s + escape(c.id) + u"\"></a><h3>"_s + escape(c.name) + u"</h3>"_s;
    if (!c.aliases.empty())
        html += u"<p class=\"aliases\">"_s + escape(tr("Also called: ")) +
            joined(c.aliases, u", "_s, [](const LocalText &a) -> QString { return escape(a); }) + u"</p>"_s;
    html += u"<p>"_s + escape(c.summary) + u"</p>"_s;
    html += u"<ul>"_s;
    if (!c.symptoms.empty()) {
        html += u"<li><b>"_s + escape(tr("Common symptoms: ")) + u"</b>"_s +
            joined(c.symptoms, u", "_s,
                [this](const std::string &id) -> QString {
                    const Symptom *s = m_bank.symptom(id);
                    return s ? escape(s->name) : escape(id);
                }) +
            u"</li>"_s;
    }
    if (!c.suggestedExercises.empty())
        html += u"<li><b>"_s + escape(tr("Exercises often suggested: ")) + u"</b>"_s +
            joined(
                c.suggestedExercises, u" · "_s, [this](const std::string &id) -> QString { return exerciseLink(id); }) +
            u"</li>"_s;
    if (!c.careNotes.empty())
        html += u"<li><b>"_s + escape(tr("Care notes: ")) + u"</b>"_s +
            joined(c.careNotes, u" · "_s,
                [this](const std::string &id) -> QString {
                    const Treatment *t = m_bank.treatment(id);
                    return u"<a href=\"#treatment-"_s + escape(id) + u"\">"_s + (t ? escape(t->title) : escape(id)) +
                        u"</a>"_s;
                }) +
            u"</li>"_s;
    html += u"</ul>"_s;
    if (!c.modifyOrAvoid.empty()) {
        QString list = u"<p class=\"cautiontitle\">"_s + escape(tr("Modify or avoid")) + u"</p><ul>"_s;
        for (const auto &m : c.modifyOrAvoid)
            list += u"<li>"_s + exerciseLink(m.exercise) + u" — "_s + escape(m.reason) + u"</li>"_s;
        list += u"</ul>"_s;
        html += box(u"caution"_s, theme::warningSoft(), QColor(0xe2, 0xc4, 0x8a), 1, list);
    }
    if (c.notes)
        html += u"<p class=\"note\">"_s + escape(*c.notes) + u"</p>"_s;
    html += inlineSources(c.sources);
    return html;
}

QString DetailPageBuilder::treatmentSection(const Treatment &t) const
{
    QString html = u"<a name=\"treatment-"_s + escape(t.id) + u"\"></a><h3>"_s + escape(t.title) +
        u" <span class=\"category\">· "_s + escape(enumLabel(t.category)) + u"</span></h3>"_s;
    html += u"<p>"_s + escape(t.summary) + u"</p>"_s;
    if (!t.points.empty())
        html += bulletList(t.points);
    if (!t.perspectives.empty()) {
        // Side by side, so a reader sees that the sources disagree instead of one view picked silently.
        html += u"<p class=\"muted\">"_s + escape(tr("Sources differ here:")) + u"</p>"_s;
        // At most three across, so each column stays wide enough to read.
        const std::size_t count = t.perspectives.size();
        const std::size_t columns = std::min<std::size_t>(3, count);
        const QString width = QString::number(100 / columns);
        html += u"<table width=\"100%\" cellspacing=\"8\" cellpadding=\"10\">"_s;
        for (std::size_t first = 0; first < count; first += columns) {
            html += u"<tr>"_s;
            for (std::size_t i = first; i < first + columns; ++i) {
                if (i >= count) {
                    html += u"<td width=\""_s + width + u"%\"></td>"_s;
                    continue;
                }
                const Perspective &p = t.perspectives[i];
                html += u"<td valign=\"top\" width=\""_s + width + u"%\" style=\"background-color: "_s +
                    hex(theme::accentSoft()) + u";\"><p><b>"_s + escape(p.label) + u"</b></p><p>"_s + escape(p.text) +
                    u"</p>"_s + inlineSources(p.sources) + u"</td>"_s;
            }
            html += u"</tr>"_s;
        }
        html += u"</table>"_s;
    }
    html += inlineSources(t.sources);
    return html;
}

QString DetailPageBuilder::carePage() const
{
    QString html = u"<h1>"_s + escape(tr("Symptoms & care")) + u"</h1>"_s;
    html += u"<p class=\"lead\">"_s +
        escape(tr("Check the warning signs first. Then read about the common causes of a pinched nerve and "
                  "what helps.")) +
        u"</p>"_s;
    html += u"<p class=\"toc\"><a href=\"#warning-signs\">"_s + escape(tr("Warning signs")) +
        u"</a> · <a href=\"#conditions\">"_s + escape(tr("Conditions")) + u"</a> · <a href=\"#care-notes\">"_s +
        escape(tr("Care notes")) + u"</a></p>"_s;

    html += u"<a name=\"warning-signs\"></a>"_s + section(tr("Warning signs: when to get help"));
    if (m_bank.redFlags().empty()) {
        html += u"<p class=\"muted\">"_s + escape(tr("The content bank has no warning signs.")) + u"</p>"_s;
    } else {
        html += u"<p class=\"muted\">"_s +
            escape(tr("Emergency numbers and services are shown for: %1. Change this under Settings → Region.")
                       .arg(region::name(region::current()))) +
            u"</p>"_s;
        if (const RegionContacts *contacts = m_bank.contacts(region::current()))
            html += inlineSources(contacts->sources);
        for (const Urgency u : {Urgency::Emergency, Urgency::Urgent, Urgency::SeeDoctor})
            html += redFlagGroup(u);
    }

    html += u"<a name=\"conditions\"></a>"_s + section(tr("Conditions"));
    if (m_bank.conditions().empty())
        html += u"<p class=\"muted\">"_s + escape(tr("The content bank has no conditions.")) + u"</p>"_s;
    for (const auto &c : m_bank.conditions())
        html += card(conditionSection(c));

    html += u"<a name=\"care-notes\"></a>"_s + section(tr("Care notes"));
    if (m_bank.treatments().empty())
        html += u"<p class=\"muted\">"_s + escape(tr("The content bank has no care notes.")) + u"</p>"_s;
    for (const auto &t : m_bank.treatments())
        html += card(treatmentSection(t));
    return html;
}

QString DetailPageBuilder::aboutPage(const QString &version) const
{
    QString html = u"<h1>"_s + escape(tr("Lumbar Relief")) + u"</h1>"_s;
    html += u"<p class=\"muted\">"_s + escape(tr("Version %1").arg(version)) + u"</p>"_s;
    html += u"<p class=\"lead\">"_s +
        escape(tr("Exercises and care information for people with a pinched nerve in the lower back "
                  "(sciatica), and for the physical therapists who treat them.")) +
        u"</p>"_s;
    html += box(u"notice"_s, theme::warningSoft(), QColor(0xe2, 0xc4, 0x8a), 1,
        u"<p><b>"_s + escape(tr("Education, not diagnosis.")) + u"</b> "_s +
            escape(tr("This app explains and guides; it does not diagnose or treat you. Check with your "
                      "doctor or physical therapist before you start, and get help straight away if you "
                      "have any of the warning signs.")) +
            u"</p>"_s);
    // National guidance and health services first; commercial pages, which only add detail, last.
    std::vector<const Source *> sorted;
    for (const auto &s : m_bank.sources())
        sorted.push_back(&s);
    std::stable_sort(
        sorted.begin(), sorted.end(), [](const Source *a, const Source *b) { return a->authority < b->authority; });
    std::vector<std::string> ids;
    ids.reserve(sorted.size());
    for (const Source *s : sorted)
        ids.push_back(s->id);
    if (ids.empty())
        html += section(tr("Sources")) + u"<p class=\"muted\">"_s + escape(tr("The content bank has no sources.")) +
            u"</p>"_s;
    else
        html += sourcesBlock(ids, tr("Sources"));
    return html;
}

QString DetailPageBuilder::routineLink(const Routine &routine) const
{
    return u"<a href=\""_s + href(SafeTextBrowser::internalUrl(u"routine"_s, qs(routine.id))) + u"\">"_s +
        escape(routine.name) + u"</a>"_s;
}

QString DetailPageBuilder::careLink(const QString &anchor, const QString &html)
{
    return u"<a href=\""_s + href(SafeTextBrowser::internalUrl(u"care"_s, anchor)) + u"\">"_s + html + u"</a>"_s;
}

QString DetailPageBuilder::pointedRedFlags(const GuideResult &r) const
{
    if (r.pointedRedFlags.empty())
        return {};
    QString content = u"<p class=\"flagtitle\" style=\"color: "_s + hex(theme::danger()) + u";\">"_s +
        escape(tr("⚠ Check these warning signs")) + u"</p>"_s;
    if (r.bothLegs)
        content += u"<p>"_s +
            escape(tr("You marked both legs. Symptoms in both legs at once can be a sign of "
                      "pressure on the nerves that also serve the bladder and bowel.")) +
            u"</p>"_s;
    content += u"<p>"_s + escape(tr("What you marked can go with these. Is any of them true for you?")) + u"</p><ul>"_s;
    for (const RedFlag *f : r.pointedRedFlags)
        content += u"<li><b>"_s + escape(f->question) + u"</b> <span class=\"muted\">("_s +
            escape(enumLabel(f->urgency)) + u")</span></li>"_s;
    content += u"</ul><p class=\"action\" style=\"color: "_s + hex(theme::danger()) + u";\">"_s +
        escape(tr("If yes, get medical help before any exercise. ")) + u"<a href=\""_s +
        href(SafeTextBrowser::internalUrl(u"check"_s, u"warning-signs"_s)) + u"\">"_s +
        escape(tr("Answer them in the check to see what to do now")) + u"</a></p>"_s;
    return box(u"redflag-pointed"_s, theme::dangerSoft(), theme::danger(), 2, content) + u"<br/>"_s;
}

QString DetailPageBuilder::guidePage(const GuideResult &r, const GuideContext &context) const
{
    QString html = u"<h1>"_s + escape(tr("What the guide suggests")) + u"</h1>"_s;
    QStringList chosen;
    if (!context.marked.isEmpty())
        chosen << context.marked;
    if (!context.feelings.isEmpty())
        chosen << context.feelings;
    html += u"<p class=\"muted\">"_s + escape(tr("You marked: %1").arg(chosen.join(u" · "_s))) + u"</p>"_s;
    html += u"<p class=\"lead\">"_s +
        escape(tr("This is education, not a diagnosis. It shows what the app's sources say about pictures like "
                  "yours; only a clinician who examines you can say what is causing it.")) +
        u"</p>"_s;

    if (!context.warningSignsChecked && !context.warningSignYes)
        html += box(u"checkfirst"_s, theme::warningSoft(), QColor(0xd9, 0x8e, 0x04), 2,
                    u"<p><b>"_s + escape(tr("First, the warning signs.")) + u"</b> "_s +
                        escape(tr(
                            "You have not answered all the warning-sign questions yet. They matter more than anything "
                            "below.")) +
                        u" <a href=\""_s + href(SafeTextBrowser::internalUrl(u"check"_s, u"warning-signs"_s)) +
                        u"\">"_s + escape(tr("Check for warning signs")) + u"</a></p>"_s) +
            u"<br/>"_s;
    if (context.warningSignYes)
        html +=
            box(u"seekcare"_s, theme::dangerSoft(), theme::danger(), 3,
                u"<p class=\"action\" style=\"color: "_s + hex(theme::danger()) + u";\">"_s +
                    escape(tr("You answered yes to a warning sign. Get medical help as the notice above says before "
                              "trying any exercise.")) +
                    u"</p>"_s) +
            u"<br/>"_s;
    html += pointedRedFlags(r);

    if (r.isEmpty()) {
        html += u"<p>"_s +
            escape(tr("Nothing in the app's content matches that combination. Try marking where you feel it "
                      "without a feeling, or a feeling without a place, and read the conditions and care notes.")) +
            u"</p>"_s;
        return html;
    }
    if (r.backOnly)
        html += u"<p class=\"note\">"_s +
            escape(tr("You marked the lower back only. Back pain with nothing in the leg is more often ordinary low "
                      "back pain than sciatica; the exercises and care notes below still apply.")) +
            u"</p>"_s;

    html += section(tr("What commonly causes this"));
    for (const ConditionMatch &m : r.conditions) {
        QString content =
            u"<h3>"_s + careLink(u"condition-"_s + qs(m.condition->id), escape(m.condition->name)) + u"</h3>"_s;
        content += u"<p>"_s + escape(m.condition->summary) + u"</p>"_s;
        content += u"<p class=\"muted\">"_s + escape(tr("Fits what you marked: ")) +
            joined(m.matchedSymptoms, u", "_s, [](const Symptom *s) -> QString { return escape(s->name); }) + u"</p>"_s;
        if (m.condition->notes)
            content += u"<p class=\"note\">"_s + escape(*m.condition->notes) + u"</p>"_s;
        content += inlineSources(m.condition->sources);
        html += card(content);
    }

    if (context.warningSignYes && (!r.tryExercises.empty() || !r.routines.empty()))
        html += section(tr("Exercises to try")) + u"<p>"_s +
            escape(tr("Exercises and routines to try are shown once you have sought medical help for the warning "
                      "sign you answered yes to.")) +
            u"</p>"_s;
    if (!r.tryExercises.empty() && !context.warningSignYes) {
        html += section(tr("Exercises to try"));
        html += u"<ul>"_s;
        for (const ExerciseSuggestion &s : r.tryExercises)
            html += u"<li>"_s + exerciseLink(s.exercise->id) + u" <span class=\"muted\">— "_s +
                escape(tr("suggested for %1")
                           .arg(joined(s.suggestedFor, u", "_s,
                               [](const Condition *c) -> QString { return qs(c->name).toLower(); }))) +
                u"</span></li>"_s;
        html += u"</ul>"_s;
        html += u"<p class=\"muted\">"_s +
            escape(tr("Start gently. Stop any exercise that sends pain further down your leg.")) + u"</p>"_s;
    }

    if (!r.routines.empty() && !context.warningSignYes) {
        html += section(tr("Routines to try"));
        html += u"<ul>"_s;
        for (const RoutineSuggestion &s : r.routines) {
            html += u"<li>"_s + routineLink(*s.routine) + u" <span class=\"muted\">— "_s +
                escape(tr("%1 of its %2 exercises are suggested for you").arg(s.suggestedItems).arg(s.totalItems)) +
                u"</span>"_s;
            if (!s.cautionedItems.empty())
                html += u"<br/><span class=\"caveat\">"_s +
                    escape(tr("Includes %1: see “Change or leave out” below.")
                               .arg(joined(s.cautionedItems, u", "_s,
                                   [](const Exercise *e) -> QString { return qs(e->name); }))) +
                    u"</span>"_s;
            html += u"</li>"_s;
        }
        html += u"</ul>"_s;
    }

    if (!r.changeOrAvoid.empty() || !r.markedForYou.empty()) {
        QString list = u"<p class=\"cautiontitle\">"_s + escape(tr("Change or leave out")) + u"</p><ul>"_s;
        // A marked exercise once, with its mark first and then what the conditions say of it.
        const QString markLine = u"<br/><b>"_s + escape(tr("Marked for you:")) + u"</b> "_s +
            escape(tr("it made your symptoms worse. Leave it out until your therapist has looked at it; your "
                      "routines leave it out."));
        for (const Exercise *e : r.markedForYou)
            if (std::none_of(r.changeOrAvoid.begin(), r.changeOrAvoid.end(),
                    [e](const ExerciseCautionNote &n) { return n.exercise == e; }))
                list += u"<li>"_s + exerciseLink(e->id) + markLine + u"</li>"_s;
        for (const ExerciseCautionNote &n : r.changeOrAvoid) {
            list += u"<li>"_s + exerciseLink(n.exercise->id);
            if (std::find(r.markedForYou.begin(), r.markedForYou.end(), n.exercise) != r.markedForYou.end())
                list += markLine;
            for (const auto &[condition, reason] : n.reasons)
                list += u"<br/><b>"_s + escape(condition->name) + u":</b> "_s + escape(*reason);
            list += u"</li>"_s;
        }
        list += u"</ul>"_s;
        html += u"<br/>"_s + box(u"caution"_s, theme::warningSoft(), QColor(0xe2, 0xc4, 0x8a), 1, list);
    }

    // While care comes first, nothing here may say to keep exercising: the care notes (keep active, walking…) and
    // the appointment signs' "carry on gently" wait until care has been sought.
    if (!r.careNotes.empty() && !context.warningSignYes) {
        html += section(tr("Care notes that apply"));
        html += u"<ul>"_s;
        for (const Treatment *t : r.careNotes)
            html += u"<li>"_s + careLink(u"treatment-"_s + qs(t->id), escape(t->title)) + u" — "_s +
                escape(t->summary) + u"</li>"_s;
        html += u"</ul>"_s;
    }

    html += section(tr("When to see a doctor"));
    html += u"<p>"_s +
        escape(tr("Straight away for any warning sign (see the check). Book an appointment if any of these is "
                  "true:")) +
        u"</p><ul>"_s;
    for (const RedFlag *f : r.seeDoctor)
        html += u"<li>"_s + escape(f->question) +
            (context.warningSignYes
                    ? QString()
                    : u" <span class=\"muted\">— "_s + escape(region::action(m_bank, *f)) + u"</span>"_s) +
            u"</li>"_s;
    html += u"</ul>"_s;
    return html;
}

} // namespace lumbar::ui
