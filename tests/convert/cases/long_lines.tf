resource "acme_gadget" "a_rather_long_resource_name_that_forces_breaks" {
  widget_id = acme_widget.another_quite_long_widget_name_for_testing_purposes.id
  label     = join(",", [acme_widget.another_quite_long_widget_name_for_testing_purposes.name, "suffix-text"])
}

resource "acme_widget" "another_quite_long_widget_name_for_testing_purposes" {
  name = "a very long string value that goes well past the eighty column limit of prettier"
}
