"""The sections each page draws, moved out of the page so the page reads as the lesson's outline."""
