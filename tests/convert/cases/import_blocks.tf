import {
  to = acme_widget.imported
  id = "w-123"
}

resource "acme_widget" "imported" {
  name = "imported"
}

import {
  to = acme_gadget.generated
  id = "g-456"
}
