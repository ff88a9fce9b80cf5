// DetailPageBuilder: turns bank entries into the HTML pages the detail panes show. Every bank string is
// escaped here, in one place, so bank text is always plain text however it is written.
#pragma once

#include "core/contentbank.h"
#include "core/history.h"
#include "core/symptomguide.h"

#include <QCoreApplication>
#include <QString>

#include <string>
#include <string_view>
#include <vector>

namespace lumbar::ui {

class DetailPageBuilder
{
    Q_DECLARE_TR_FUNCTIONS(DetailPageBuilder)

public:
    explicit DetailPageBuilder(const ContentBank &bank);

    QString exercisePage(const Exercise &exercise) const;
    // `marks`: the user's standing marks; the page says which exercises the player leaves out for them.
    QString routinePage(const Routine &routine, const std::vector<ExerciseFlag> &marks = {}) const;
    // Red flags first, then conditions, then care notes.
    QString carePage() const;
    QString aboutPage(const QString &version) const;

    // What the symptoms guide found for a picture. `marked` and `feelings` say back what the user chose.
    struct GuideContext
    {
        QString marked;
        QString feelings;
        bool warningSignsChecked = false; // every red-flag question answered
        bool warningSignYes = false; // care comes before exercise: no exercise or routine is suggested
    };
    QString guidePage(const GuideResult &result, const GuideContext &context) const;
    // A friendly page for empty states ("No exercises match").
    static QString messagePage(const QString &title, const QString &text);

    // The CSS the pages expect; set it as the document's default style sheet.
    static QString styleSheet();

    // Bank text as safe HTML: escaped, line breaks kept.
    static QString escape(std::string_view text);
    static QString escape(const LocalText &text);
    static QString escape(const QString &text);

private:
    QString sourcesBlock(const std::vector<std::string> &ids, const QString &heading) const;
    enum class SourceStyle { Full, Compact };
    QString sourceLine(const std::string &id, SourceStyle style) const;
    QString inlineSources(const std::vector<std::string> &ids) const;
    QString exerciseLink(const std::string &id) const;
    QString routineLink(const Routine &routine) const;
    static QString careLink(const QString &anchor, const QString &html);
    QString pointedRedFlags(const GuideResult &result) const;
    QString redFlagGroup(Urgency urgency) const;
    static QString items(std::size_t count);
    static QString card(const QString &content);
    QString conditionSection(const Condition &condition) const;
    QString treatmentSection(const Treatment &treatment) const;

    const ContentBank &m_bank;
};

} // namespace lumbar::ui
