#include "uitext.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

namespace {

std::string &bankLanguageStore()
{
    static std::string language = "en";
    return language;
}

} // namespace

const std::string &bankLanguage()
{
    return bankLanguageStore();
}

void setBankLanguage(std::string language)
{
    bankLanguageStore() = std::move(language);
}

QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return text;
    // Escaped and wrapped in <p>, the tooltip is unambiguously rich text whose only content is the literal text.
    return u"<p>"_s + text.toHtmlEscaped() + u"</p>"_s;
}

namespace {

// Every label enumLabel can give, so that lupdate finds them; their translations are in the "BankTerms" context.
constexpr const char *kBankTerms[] = {
    QT_TRANSLATE_NOOP("BankTerms", "Stretch"),
    QT_TRANSLATE_NOOP("BankTerms", "Strengthening"),
    QT_TRANSLATE_NOOP("BankTerms", "Nerve mobility"),
    QT_TRANSLATE_NOOP("BankTerms", "Aerobic"),
    QT_TRANSLATE_NOOP("BankTerms", "Posture & rest"),
    QT_TRANSLATE_NOOP("BankTerms", "Lying on back"),
    QT_TRANSLATE_NOOP("BankTerms", "Lying on front"),
    QT_TRANSLATE_NOOP("BankTerms", "Side lying"),
    QT_TRANSLATE_NOOP("BankTerms", "On all fours"),
    QT_TRANSLATE_NOOP("BankTerms", "Kneeling"),
    QT_TRANSLATE_NOOP("BankTerms", "Sitting"),
    QT_TRANSLATE_NOOP("BankTerms", "Standing"),
    QT_TRANSLATE_NOOP("BankTerms", "In water"),
    QT_TRANSLATE_NOOP("BankTerms", "Mat"),
    QT_TRANSLATE_NOOP("BankTerms", "Cushion"),
    QT_TRANSLATE_NOOP("BankTerms", "Pillow"),
    QT_TRANSLATE_NOOP("BankTerms", "Towel"),
    QT_TRANSLATE_NOOP("BankTerms", "Strap"),
    QT_TRANSLATE_NOOP("BankTerms", "Chair"),
    QT_TRANSLATE_NOOP("BankTerms", "Wall"),
    QT_TRANSLATE_NOOP("BankTerms", "Stationary bike"),
    QT_TRANSLATE_NOOP("BankTerms", "Pool"),
    QT_TRANSLATE_NOOP("BankTerms", "Supportive shoes"),
    QT_TRANSLATE_NOOP("BankTerms", "Mirror"),
    QT_TRANSLATE_NOOP("BankTerms", "Easy"),
    QT_TRANSLATE_NOOP("BankTerms", "Moderate"),
    QT_TRANSLATE_NOOP("BankTerms", "Hard"),
    QT_TRANSLATE_NOOP("BankTerms", "Lower back"),
    QT_TRANSLATE_NOOP("BankTerms", "Buttock"),
    QT_TRANSLATE_NOOP("BankTerms", "Hip"),
    QT_TRANSLATE_NOOP("BankTerms", "Thigh"),
    QT_TRANSLATE_NOOP("BankTerms", "Calf"),
    QT_TRANSLATE_NOOP("BankTerms", "Foot"),
    QT_TRANSLATE_NOOP("BankTerms", "Pain"),
    QT_TRANSLATE_NOOP("BankTerms", "Sharp"),
    QT_TRANSLATE_NOOP("BankTerms", "Burning"),
    QT_TRANSLATE_NOOP("BankTerms", "Shooting"),
    QT_TRANSLATE_NOOP("BankTerms", "Aching"),
    QT_TRANSLATE_NOOP("BankTerms", "Tingling"),
    QT_TRANSLATE_NOOP("BankTerms", "Numbness"),
    QT_TRANSLATE_NOOP("BankTerms", "Weakness"),
    QT_TRANSLATE_NOOP("BankTerms", "Cramping"),
    QT_TRANSLATE_NOOP("BankTerms", "Heaviness"),
    QT_TRANSLATE_NOOP("BankTerms", "Spasm"),
    QT_TRANSLATE_NOOP("BankTerms", "Hot or cold"),
    QT_TRANSLATE_NOOP("BankTerms", "Self-care"),
    QT_TRANSLATE_NOOP("BankTerms", "Medicine"),
    QT_TRANSLATE_NOOP("BankTerms", "Professional care"),
    QT_TRANSLATE_NOOP("BankTerms", "Avoid"),
    QT_TRANSLATE_NOOP("BankTerms", "Emergency"),
    QT_TRANSLATE_NOOP("BankTerms", "Urgent"),
    QT_TRANSLATE_NOOP("BankTerms", "See a doctor"),
    QT_TRANSLATE_NOOP("BankTerms", "Guideline"),
    QT_TRANSLATE_NOOP("BankTerms", "Health service"),
    QT_TRANSLATE_NOOP("BankTerms", "Hospital"),
    QT_TRANSLATE_NOOP("BankTerms", "Journal"),
    QT_TRANSLATE_NOOP("BankTerms", "University"),
    QT_TRANSLATE_NOOP("BankTerms", "Clinic"),
    QT_TRANSLATE_NOOP("BankTerms", "Commercial"),
    QT_TRANSLATE_NOOP("BankTerms", "Article"),
    QT_TRANSLATE_NOOP("BankTerms", "High"),
    QT_TRANSLATE_NOOP("BankTerms", "Medium"),
    QT_TRANSLATE_NOOP("BankTerms", "Low"),
    QT_TRANSLATE_NOOP("BankTerms", "None"),
};

} // namespace

QString enumLabel(std::string_view bankName)
{
    static const QHash<QString, QString> special = {
        {u"posture-rest"_s, u"Posture & rest"_s},
        {u"all-fours"_s, u"On all fours"_s},
        {u"in-water"_s, u"In water"_s},
        {u"see-doctor"_s, u"See a doctor"_s},
        {u"self-care"_s, u"Self-care"_s},
        {u"hot-cold"_s, u"Hot or cold"_s},
        {u"health-service"_s, u"Health service"_s},
    };
    const QString name = qs(bankName);
    QString label = special.value(name);
    if (label.isEmpty()) {
        label = name;
        label.replace(u'-', u' ');
        if (!label.isEmpty())
            label[0] = label[0].toUpper();
    }
    const QByteArray english = label.toUtf8();
    for (const char *term : kBankTerms)
        if (english == term)
            return QCoreApplication::translate("BankTerms", term);
    return label;
}

} // namespace lumbar::ui
