"""Qt user interface: thin views and models over the headless core."""
