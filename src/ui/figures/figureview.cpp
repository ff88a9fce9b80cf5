#include "figureview.h"

#include "figurepainter.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace lumbar::ui {

FigureView::FigureView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"figureView"_s);
    setAccessibleName(tr("Exercise figure"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

FigureView::~FigureView() = default;

void FigureView::setFigure(std::optional<ExerciseFigure> figure)
{
    m_painter.reset();
    m_figure = std::move(figure);
    if (m_figure && !m_figure->motion.isEmpty()) {
        m_painter = std::make_unique<FigurePainter>(*m_figure);
        m_pose = m_figure->motion.holdPose();
    }
    m_otherSide = false;
    update();
}

void FigureView::setPose(const Pose &pose, bool otherSide)
{
    if (pose == m_pose && otherSide == m_otherSide)
        return;
    m_pose = pose;
    m_otherSide = otherSide;
    update();
}

void FigureView::paintEvent(QPaintEvent *)
{
    if (!m_painter)
        return;
    QPainter painter(this);
    m_painter->paint(painter, QRectF(rect()), m_pose, m_otherSide, FigureColors::from(palette()));
}

} // namespace lumbar::ui
