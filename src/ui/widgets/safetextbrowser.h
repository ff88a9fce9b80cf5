// SafeTextBrowser: a rich-text view for pages built from untrusted bank text. It never loads a resource and
// never follows a link by itself: app links (lumbar:…) are reported, only http(s) links leave the app.
#pragma once

#include <QTextBrowser>

namespace lumbar::ui {

class SafeTextBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    enum class LinkKind {
        Internal, // lumbar:exercise/ID — a page inside the app
        InPage, // #anchor — a place on the same page
        External, // http or https — opened in the user's browser
        Ignored, // anything else: file:, javascript:, relative paths, mail…
    };

    static constexpr auto kScheme = "lumbar";

    explicit SafeTextBrowser(QWidget *parent = nullptr);

    static LinkKind classify(const QUrl &url);
    // lumbar:exercise/knee-to-chest → {"exercise", "knee-to-chest"}; empty strings when it is not one.
    static std::pair<QString, QString> internalTarget(const QUrl &url);
    // The href for an app link, e.g. internalUrl("exercise", id).
    static QUrl internalUrl(const QString &target, const QString &id);

    // Tests and kiosk setups turn this off; the link is still reported through externalLinkClicked.
    void setOpensExternalLinksInBrowser(bool open) { m_openExternal = open; }

    // Refuses everything. Returns an empty but non-null value: a null one would let QTextDocument fall back to
    // reading file: URLs itself.
    QVariant loadResource(int type, const QUrl &name) override;

signals:
    void internalLinkClicked(const QString &target, const QString &id);
    void externalLinkClicked(const QUrl &url);

private:
    void onAnchorClicked(const QUrl &url);

    bool m_openExternal = true;
};

} // namespace lumbar::ui
