#include "safetextbrowser.h"

#include <QDesktopServices>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

SafeTextBrowser::SafeTextBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    setUndoRedoEnabled(false);
    // Keyboard users can tab through links and press Enter, as in a web page.
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(this, &QTextBrowser::anchorClicked, this, &SafeTextBrowser::onAnchorClicked);
}

SafeTextBrowser::LinkKind SafeTextBrowser::classify(const QUrl &url)
{
    if (!url.isValid())
        return LinkKind::Ignored;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String(kScheme))
        return internalTarget(url).first.isEmpty() ? LinkKind::Ignored : LinkKind::Internal;
    if ((scheme == u"http"_s || scheme == u"https"_s) && !url.host().isEmpty())
        return LinkKind::External;
    if (scheme.isEmpty() && url.path().isEmpty() && url.hasFragment() && !url.fragment().isEmpty())
        return LinkKind::InPage;
    return LinkKind::Ignored;
}

std::pair<QString, QString> SafeTextBrowser::internalTarget(const QUrl &url)
{
    if (url.scheme().toLower() != QLatin1String(kScheme))
        return {};
    const QString path = url.path();
    const qsizetype slash = path.indexOf(u'/');
    if (slash <= 0 || slash == path.size() - 1)
        return {};
    return {path.left(slash), path.mid(slash + 1)};
}

QUrl SafeTextBrowser::internalUrl(const QString &target, const QString &id)
{
    QUrl url;
    url.setScheme(QLatin1String(kScheme));
    url.setPath(target + u'/' + id);
    return url;
}

QVariant SafeTextBrowser::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type)
    Q_UNUSED(name)
    return QVariant(QByteArray());
}

void SafeTextBrowser::onAnchorClicked(const QUrl &url)
{
    switch (classify(url)) {
    case LinkKind::Internal: {
        const auto [target, id] = internalTarget(url);
        emit internalLinkClicked(target, id);
        break;
    }
    case LinkKind::InPage:
        scrollToAnchor(url.fragment());
        break;
    case LinkKind::External:
        emit externalLinkClicked(url);
        if (m_openExternal)
            QDesktopServices::openUrl(url);
        break;
    case LinkKind::Ignored:
        break;
    }
}

} // namespace lumbar::ui
