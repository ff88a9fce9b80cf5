#include "problemspanel.h"

#include "ui/text/uitext.h"
#include "ui/widgets/theme.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

ProblemsPanel::ProblemsPanel(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_list(new QTableWidget(this))
{
    setObjectName(u"problemsPanel"_s);
    setAccessibleName(tr("Problems in your bank folder"));
    m_title->setObjectName(u"problemsTitle"_s);
    m_list->setObjectName(u"problemsList"_s);
    m_list->setAccessibleName(tr("Problems"));
    m_list->setColumnCount(4);
    m_list->setHorizontalHeaderLabels({tr("Severity"), tr("Where"), tr("Problem"), tr("JSON path")});
    m_list->verticalHeader()->hide();
    m_list->setShowGrid(false);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true); // long messages take more lines instead of being cut off
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setMaximumHeight(300); // a long list scrolls; the content below stays in view
    QHeaderView *header = m_list->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(MessageColumn, QHeaderView::Stretch);
    // Row heights follow the wrapped message, so measure again once the columns have settled after a resize
    // (the panel is filled while hidden, when the message column has no real width yet).
    m_rowHeights.setSingleShot(true);
    m_rowHeights.setInterval(0);
    connect(&m_rowHeights, &QTimer::timeout, m_list, &QTableView::resizeRowsToContents);
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        if (column == MessageColumn)
            m_rowHeights.start();
    });

    QFont titleFont = m_title->font();
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);

    auto *close = new QPushButton(tr("Hide"), this);
    close->setObjectName(u"hideProblemsButton"_s);
    connect(close, &QPushButton::clicked, this, &ProblemsPanel::closeClicked);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addLayout(top);
    layout->addWidget(m_list);
}

int ProblemsPanel::problemCount() const
{
    return m_list->rowCount();
}

void ProblemsPanel::setDiagnostics(const std::vector<Diagnostic> &diagnostics, const QString &bankFolder)
{
    // QDir::relativeFilePath leaves relative paths alone, so both sides are made absolute first.
    const QDir folder(QDir(bankFolder).absolutePath());
    auto shortName = [&](const std::string &file) -> QString {
        QString path = qs(file);
        if (bankFolder.isEmpty())
            return path;
        const QString relative = folder.relativeFilePath(QFileInfo(path).absoluteFilePath());
        return relative.startsWith(u".."_s) ? path : relative;
    };

    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    m_list->clearContents();
    m_list->setRowCount(static_cast<int>(diagnostics.size()));
    int row = 0;
    for (const auto &d : diagnostics) {
        const bool error = d.severity == Severity::Error;
        QString where = d.file.empty() ? tr("(bank)") : shortName(d.file);
        if (d.line > 0)
            where += u':' + QString::number(d.line) + u':' + QString::number(d.column);

        auto *severity = new QTableWidgetItem(error ? errorIcon : warningIcon, error ? tr("Error") : tr("Warning"));
        severity->setForeground(error ? theme::danger() : theme::warning());
        QFont bold = severity->font();
        bold.setWeight(QFont::DemiBold);
        severity->setFont(bold);
        auto *location = new QTableWidgetItem(where);
        location->setToolTip(plainToolTip(qs(d.file)));
        auto *message = new QTableWidgetItem(qs(d.message));
        message->setToolTip(plainToolTip(qs(formatDiagnostic(d))));
        auto *path = new QTableWidgetItem(qs(d.path));
        for (QTableWidgetItem *item : {severity, location, message, path})
            item->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        m_list->setItem(row, SeverityColumn, severity);
        m_list->setItem(row, LocationColumn, location);
        m_list->setItem(row, MessageColumn, message);
        m_list->setItem(row, PathColumn, path);
        ++row;
    }
    for (const int column : {SeverityColumn, LocationColumn, PathColumn})
        m_list->resizeColumnToContents(column);
    // The JSON path is for editors; keep it from crowding out the message.
    m_list->setColumnWidth(PathColumn, std::min(m_list->columnWidth(PathColumn), 240));
    m_list->resizeRowsToContents();

    const int errors = countOf(diagnostics, Severity::Error);
    const int warnings = countOf(diagnostics, Severity::Warning);
    const QString errorText = errors == 1 ? tr("1 error") : tr("%1 errors").arg(errors);
    const QString warningText = warnings == 1 ? tr("1 warning") : tr("%1 warnings").arg(warnings);
    m_title->setText(tr("Problems in your bank folder: %1, %2").arg(errorText, warningText));
}

} // namespace lumbar::ui
