resource "gizmo" "g" {
  name = "a resource type without an underscore"
  tags = {
    camelKey = 1
  }
}

resource "gizmo" "h" {
  name = gizmo.g.id
}
