"""Renderers: everything that turns results into HTML lives here (folium stays at this edge)."""
