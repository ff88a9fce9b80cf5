// CountdownRing: the player's large ring — an arc for the time left in the phase around the seconds left, with a
// short caption — drawn with QPainter so it stays sharp at any size, on a laptop or a projector.
#pragma once

#include <QColor>
#include <QWidget>

namespace lumbar::ui {

class CountdownRing : public QWidget
{
    Q_OBJECT

public:
    explicit CountdownRing(QWidget *parent = nullptr);

    // `fraction` of the ring still to go (1 full, 0 empty); `number` large in the middle, `caption` under it.
    void setState(double fraction, const QString &number, const QString &caption, const QColor &color);
    double fraction() const { return m_fraction; }
    QString number() const { return m_number; }
    QString caption() const { return m_caption; }
    QColor color() const { return m_color; }

    QSize sizeHint() const override { return {320, 320}; }
    QSize minimumSizeHint() const override { return {160, 160}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    double m_fraction = 1.0;
    QString m_number;
    QString m_caption;
    QColor m_color;
};

} // namespace lumbar::ui
