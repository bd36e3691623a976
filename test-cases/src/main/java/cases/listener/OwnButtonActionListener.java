package cases.listener;

import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import javax.swing.JButton;

/** Silent: the button is created and owned by this object, so it cannot outlive the listener it holds. */
class OwnButtonActionListener implements ActionListener {
  private final JButton save = new JButton("Save");
  private int clicks;

  OwnButtonActionListener() {
    save.addActionListener(this);
  }

  @Override
  public void actionPerformed(ActionEvent event) {
    clicks++;
  }
}
