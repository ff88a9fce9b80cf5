#include "uitext.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return text;
    // Escaped and wrapped in <p>, the tooltip is unambiguously rich text whose only content is the literal text.
    return u"<p>"_s + text.toHtmlEscaped() + u"</p>"_s;
}

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
    if (const auto it = special.constFind(name); it != special.constEnd())
        return it.value();
    QString label = name;
    label.replace(u'-', u' ');
    if (!label.isEmpty())
        label[0] = label[0].toUpper();
    return label;
}

} // namespace lumbar::ui
